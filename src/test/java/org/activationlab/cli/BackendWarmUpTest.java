package org.activationlab.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BackendWarmUpTest {

    @Test
    void experimentsLoadTheBackendEarly() {
        assertTrue(BackendWarmUp.needsBackend(new String[]{"compare", "--dataset", "fashion-mnist"}));
        assertTrue(BackendWarmUp.needsBackend(new String[]{"all"}));
    }

    @Test
    void textOnlyCommandsAndHelpDoNot() {
        assertFalse(BackendWarmUp.needsBackend(new String[]{"list"}));
        assertFalse(BackendWarmUp.needsBackend(new String[]{"datasets"}));
        assertFalse(BackendWarmUp.needsBackend(new String[]{"help", "compare"}));
        assertFalse(BackendWarmUp.needsBackend(new String[]{"compare", "--help"}));
        assertFalse(BackendWarmUp.needsBackend(new String[]{"--version"}));
    }
}
