package org.activationlab.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.activationlab.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelSpecTest {

    @Test
    void kernelJsonCarriesTheClisTrainingSettingsAndNoInitScript(@TempDir Path dir) throws Exception {
        KernelSpec spec = KernelSpec.fromBuild(Map.of("MAX_EPOCH", "2"));
        Path written = spec.writeTo(dir.resolve("k"));
        JsonNode json = Json.MAPPER.readTree(written.resolve("kernel.json").toFile());
        List<String> argv = new ArrayList<>();
        json.get("argv").forEach(a -> argv.add(a.asText()));
        assertTrue(Files.isExecutable(Path.of(argv.get(0))), "argv[0] is this JDK's java: " + argv.get(0));
        assertEquals(List.of("-Dorg.bytedeco.javacpp.maxBytes=0", "-Dorg.bytedeco.javacpp.maxPhysicalBytes=0",
                "-Dopexec=org.activationlab.layers.FencedOpExecutioner", "-Xmx768m", "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true", "-DMAX_EPOCH=2",
                "-jar", "{resource_dir}/rapaio-jupyter-kernel.jar", "{connection_file}"), argv.subList(1, argv.size()));
        assertEquals("1", json.path("env").path("OMP_NUM_THREADS").asText());
        assertEquals("PASSIVE", json.path("env").path("OMP_WAIT_POLICY").asText());
        assertEquals("", json.path("env").path("RJK_INIT_SCRIPT").asText(), "a plain rapaio kernel: no init script");
        assertEquals("", json.path("env").path("RJK_CLASSPATH").asText(), "the notebooks load the project themselves");
        assertEquals(Files.size(spec.kernelJar()), Files.size(written.resolve(KernelSpec.JAR_NAME)));
        assertTrue(spec.displayName().contains("3.0.1"), spec.displayName());
    }

    @Test
    void aMissingKernelJarSaysHowToGetIt(@TempDir Path dir) {
        KernelSpec spec = new KernelSpec(dir.resolve("none.jar"), "x", Map.of());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> spec.writeTo(dir.resolve("k")));
        assertTrue(e.getMessage().contains("run mvn -q -B package -DskipTests"), e.getMessage());
    }
}
