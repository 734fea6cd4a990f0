package org.activationlab.updater;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What {@link JitPriming} runs, and how often (its effect on the JIT: {@code cli.JitPrimingTest}). */
class JitPrimingCallsTest {
    @Test
    void eachLoopIsPrimedOncePerJvmWithAllItsCalls() {
        AtomicInteger first = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        JitPriming.once("test-loop-a", first::incrementAndGet);
        JitPriming.once("test-loop-a", first::incrementAndGet);
        JitPriming.once("test-loop-b", other::incrementAndGet);
        assertEquals(JitPriming.CALLS, first.get());
        assertEquals(JitPriming.CALLS, other.get());
    }

    @Test
    void theRampCoversBothSignsAndTanhsClamps() {
        float[] ramp = JitPriming.ramp();
        assertEquals(JitPriming.LENGTH, ramp.length);
        assertEquals(-12f, ramp[0]);
        assertEquals(12f, ramp[ramp.length - 1]);
        for (int i = 1; i < ramp.length; i++) {
            assertTrue(ramp[i] > ramp[i - 1], "increasing at " + i);
        }
    }
}
