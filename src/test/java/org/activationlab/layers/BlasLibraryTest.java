package org.activationlab.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

/** The provenance names the OpenBLAS file the products really run on: the native jar the pom names. */
class BlasLibraryTest {
    @Test
    void theProductsRunOnTheNativeJarThePomNames() {
        String natives = System.getProperty("activationlab.openblas.natives");
        String platform = System.getProperty("activationlab.native.platform");
        assertNotNull(natives, "surefire passes the pom's openblas.natives.version");
        assertNotNull(platform, "surefire passes the pom's native.platform");
        assertEquals("OpenBLAS from openblas-" + natives + "-" + platform + ".jar", Gemm.library());
    }

    @Test
    void theLibraryIsNamedByItsJarOrElseByItsPath() {
        assertEquals("from openblas-0.3.21-1.5.8-linux-x86_64.jar", Gemm.nativeJar(
                "/root/.javacpp/cache/openblas-0.3.21-1.5.8-linux-x86_64.jar/org/bytedeco/openblas/linux-x86_64/libopenblas.so.0"));
        assertEquals("/usr/lib/x86_64-linux-gnu/libopenblas.so.0", Gemm.nativeJar("/usr/lib/x86_64-linux-gnu/libopenblas.so.0"));
    }
}
