package org.activationlab.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.activationlab.layers.FastDenseLayer;
import org.junit.jupiter.api.Test;

class LayerImplementationTest {

    @Test
    void parsesEitherNameAndRejectsOthersNamingBoth() {
        assertEquals(LayerImplementation.STOCK, LayerImplementation.parse("STOCK"));
        assertEquals(LayerImplementation.FAST, LayerImplementation.parse(" fast "));
        var e = assertThrows(InvalidSpecException.class, () -> LayerImplementation.parse("turbo"));
        assertTrue(e.getMessage().contains("stock or fast") && e.getMessage().contains("turbo"), e.getMessage());
    }

    @Test
    void specsUseTheFastLayersUnlessToldOtherwise() {
        NetworkSpec spec = NetworkSpec.input(2).hidden(3, Activation.TANH).output(OutputHead.binary()).build();
        assertEquals(LayerImplementation.FAST, spec.layers());
        assertTrue(spec.toNetwork().getLayer(0).conf().getLayer() instanceof FastDenseLayer);
        assertEquals(LayerImplementation.STOCK, spec.withLayers(LayerImplementation.STOCK).layers());
    }
}
