package dev.rampart.core.finding;

/** The OWASP API Security Top 10, 2023 edition. */
public enum OwaspCategory {
    API1("Broken Object Level Authorization"),
    API2("Broken Authentication"),
    API3("Broken Object Property Level Authorization"),
    API4("Unrestricted Resource Consumption"),
    API5("Broken Function Level Authorization"),
    API6("Unrestricted Access to Sensitive Business Flows"),
    API7("Server Side Request Forgery"),
    API8("Security Misconfiguration"),
    API9("Improper Inventory Management"),
    API10("Unsafe Consumption of APIs");

    private final String title;

    OwaspCategory(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** "API1:2023", as the OWASP project writes it. */
    public String code() {
        return name() + ":2023";
    }

    /** "API1:2023 Broken Object Level Authorization". */
    public String fullName() {
        return code() + " " + title;
    }

    /** Link to the category's page on owasp.org. */
    public String url() {
        String slug = switch (this) {
            case API1 -> "0xa1-broken-object-level-authorization";
            case API2 -> "0xa2-broken-authentication";
            case API3 -> "0xa3-broken-object-property-level-authorization";
            case API4 -> "0xa4-unrestricted-resource-consumption";
            case API5 -> "0xa5-broken-function-level-authorization";
            case API6 -> "0xa6-unrestricted-access-to-sensitive-business-flows";
            case API7 -> "0xa7-server-side-request-forgery";
            case API8 -> "0xa8-security-misconfiguration";
            case API9 -> "0xa9-improper-inventory-management";
            case API10 -> "0xaa-unsafe-consumption-of-apis";
        };
        return "https://owasp.org/API-Security/editions/2023/en/" + slug + "/";
    }

    public static OwaspCategory parse(String text) {
        String t = text.trim().toUpperCase(java.util.Locale.ROOT);
        int colon = t.indexOf(':');
        if (colon > 0) {
            t = t.substring(0, colon);
        }
        return valueOf(t);
    }
}
