package dev.rampart.core.spec;

/** The OpenAPI family a document belongs to. Later 3.x minor versions are read as 3.1. */
public enum SpecVersion {
    SWAGGER_2_0("2.0"),
    OPENAPI_3_0("3.0"),
    OPENAPI_3_1("3.1");

    private final String label;

    SpecVersion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isSwagger2() {
        return this == SWAGGER_2_0;
    }
}
