package org.activationlab.experiment.inside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.activationlab.data.DataOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataChoiceTest {

    @Test
    void missingFilesFallBackAndSayWhy(@TempDir Path empty) {
        DataChoice choice = DataChoice.load("fashion-mnist", DataOptions.defaults().withDataDir(empty).withLimit(10),
                "spiral", DataOptions.defaults());
        assertEquals("spiral", choice.data().name());
        assertTrue(choice.fallbackReason().contains("not found"), choice.fallbackReason());
        assertEquals(choice.fallbackReason(), choice.describe().get("fallback_reason"));
    }

    @Test
    void anUnknownNameFailsInsteadOfFallingBack() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> DataChoice.load("fashoin-mnist", DataOptions.defaults(), "spiral", DataOptions.defaults()));
        assertTrue(e.getMessage().contains("unknown dataset 'fashoin-mnist'"), e.getMessage());
    }

    @Test
    void aReadableSetIsUsedAsIs() {
        DataChoice choice = DataChoice.load("circle", DataOptions.defaults(), "spiral", DataOptions.defaults());
        assertEquals("circle", choice.data().name());
        assertNull(choice.fallbackReason());
    }
}
