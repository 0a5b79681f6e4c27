package dev.rampart.core.spec;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rampart.core.model.ApiModel;
import java.io.ByteArrayInputStream;

/**
 * Coverage-guided fuzzing of the spec loader and model builder with Jazzer. Any input must either
 * load or fail with a {@link SpecLoadException} carrying a one-line message; any other exception,
 * a hang or a crash is a bug. The run is bounded by {@code maxDuration}; seeds live in
 * {@code SpecLoaderFuzzTestInputs/} and every crash Jazzer finds is kept there as a regression.
 */
class SpecLoaderFuzzTest {
    private static final LoaderOptions SMALL = LoaderOptions.defaults().withMaxDocumentBytes(1 << 20);

    @FuzzTest(maxDuration = "30s")
    void loaderNeverFailsUnclearly(byte[] input) {
        try {
            Spec spec = new SpecLoader(SMALL).load("fuzz.yaml", new ByteArrayInputStream(input));
            ApiModel.of(spec);
        } catch (SpecLoadException e) {
            if (e.getMessage().contains("\n") || e.getMessage().isBlank()) {
                throw new AssertionError("error message must be one non-empty line: " + e.getMessage());
            }
        }
    }
}
