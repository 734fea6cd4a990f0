package org.activationlab.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.Op;
import org.nd4j.linalg.api.ops.CustomOp;
import org.nd4j.linalg.cpu.nativecpu.ops.NativeOpExecutioner;
import org.nd4j.linalg.factory.Nd4j;

class FencedOpExecutionerTest {
    /**
     * The stock forms without an op context that only pass the op on to a form with one (javap of ND4J 1.0.0-M2.1:
     * each is one virtual call), so that the fence there covers them.
     */
    static final List<String> DELEGATING = List.of("exec(Op)", "exec(IndexAccumulation)", "exec(Variance)",
            "exec(ReduceOp)", "exec(ScalarOp)", "exec(BroadcastOp)", "exec(RandomOp)", "exec(RandomOp,Random)");

    /** Every entry point that runs an op returns through a fence, or passes the op to one that does. */
    @Test
    void everyPublicExecOfAnOpIsFenced() throws NoSuchMethodException {
        List<String> unfenced = new ArrayList<>();
        for (Method m : NativeOpExecutioner.class.getMethods()) {
            boolean runsAnOp = m.getName().equals("exec") && m.getParameterCount() > 0
                    && (Op.class.isAssignableFrom(m.getParameterTypes()[0]) || CustomOp.class.isAssignableFrom(m.getParameterTypes()[0]))
                    && (m.getReturnType() == INDArray.class || m.getReturnType() == INDArray[].class);
            String signature = "exec(" + String.join(",", Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName)
                    .toList()) + ")";
            boolean fenced = FencedOpExecutioner.class.getMethod(m.getName(), m.getParameterTypes()).getDeclaringClass()
                    == FencedOpExecutioner.class;
            if (runsAnOp && !fenced && !DELEGATING.contains(signature)) {
                unfenced.add(signature);
            }
            if (fenced && DELEGATING.contains(signature)) {
                unfenced.add(signature + " is fenced twice");
            }
        }
        assertEquals(List.of(), unfenced);
        assertTrue(Modifier.isPublic(FencedOpExecutioner.class.getConstructor().getModifiers()), "ND4J instantiates it");
    }

    @Test
    void itsNameConstantIsItsName() {
        assertEquals(FencedOpExecutioner.class.getName(), FencedOpExecutioner.CLASS_NAME);
    }

    /** The suite's JVM runs on it (pom.xml), so every bit-for-bit test also checks that it changes no number. */
    @Test
    void theTestsRunOnIt() {
        assertInstanceOf(FencedOpExecutioner.class, Nd4j.getExecutioner());
    }

    @Test
    void aChoiceOfTheUsersIsKept() {
        String before = System.getProperty(FencedOpExecutioner.PROPERTY);
        try {
            System.setProperty(FencedOpExecutioner.PROPERTY, "my.Executioner");
            assertFalse(FencedOpExecutioner.installUnlessChosen());
            assertEquals("my.Executioner", System.getProperty(FencedOpExecutioner.PROPERTY));
            System.clearProperty(FencedOpExecutioner.PROPERTY);
            assertTrue(FencedOpExecutioner.installUnlessChosen());
            assertEquals(FencedOpExecutioner.class.getName(), System.getProperty(FencedOpExecutioner.PROPERTY));
        } finally {
            if (before == null) {
                System.clearProperty(FencedOpExecutioner.PROPERTY);
            } else {
                System.setProperty(FencedOpExecutioner.PROPERTY, before);
            }
        }
    }

    /**
     * The crash it prevents, provoked in a JVM of its own: 8 s of broadcast ops on three threads with garbage
     * collected all the time. The stock executioner died within 1–18 s in each of 3 measured runs
     * ({@link OpRaceProbe}), so this fails with it more often than not; with the fence it never has.
     */
    @Test
    void broadcastOpsSurviveCollectionsOnOtherThreads() throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-CreateCoredumpOnCrash",
                "-XX:ErrorFile=" + System.getProperty("java.io.tmpdir") + "/activationlab-op-race-%p.log",
                "-D" + FencedOpExecutioner.PROPERTY + "=" + FencedOpExecutioner.class.getName(),
                "-cp", System.getProperty("java.class.path"), OpRaceProbe.class.getName(), "8", "3"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("OMP_NUM_THREADS", "1");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.contains("executioner " + FencedOpExecutioner.class.getName()), out);
        assertTrue(out.contains("survived"), out);
    }
}
