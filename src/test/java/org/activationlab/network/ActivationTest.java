package org.activationlab.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActivationTest {

    @Test
    void allIsTheNineHiddenActivationsWithoutIdentity() {
        List<Activation> all = Activation.parseList(List.of("all"));
        assertEquals(List.of(Activation.SIGMOID, Activation.TANH, Activation.RELU, Activation.LEAKY_RELU,
                Activation.ELU, Activation.SELU, Activation.GELU, Activation.SWISH, Activation.SOFTPLUS), all);
        assertFalse(all.contains(Activation.IDENTITY));
        assertEquals(10, Activation.parseList(List.of(" ALL ", "identity")).size(), "all plus identity");
        assertEquals(List.of(Activation.RELU, Activation.RELU), Activation.parseList(List.of("relu", "relu")),
                "repeats are kept for the caller to refuse");
    }

    @Test
    void namesAndAliasesParse() {
        assertEquals(Activation.SWISH, Activation.parse("SiLU"));
        assertEquals(Activation.SWISH, Activation.parse("swish"));
        assertEquals(Activation.SOFTPLUS, Activation.parse("soft-plus"));
        assertEquals(Activation.GELU, Activation.parse("GELU"));
        assertEquals(Activation.LEAKY_RELU, Activation.parse("leaky_relu"));
        for (Activation a : Activation.values()) {
            assertEquals(a, Activation.parse(a.id()), "each id parses back");
        }
    }

    @Test
    void unknownNamesListEveryChoiceAndAll() {
        var e = assertThrows(IllegalArgumentException.class, () -> Activation.parseList(List.of("relu", "mish")));
        assertTrue(e.getMessage().startsWith("unknown activation 'mish': expected one of sigmoid, tanh, relu, "
                + "leakyrelu, elu, selu, gelu, swish, softplus, identity, softmax or all"), e.getMessage());
    }

    @Test
    void onlyTheArticlesFunctionsCountAsTheArticles() {
        assertTrue(Activation.article().stream().allMatch(Activation::inArticle));
        assertTrue(Activation.modern().stream().noneMatch(Activation::inArticle));
        assertTrue(Activation.IDENTITY.inArticle() && Activation.SOFTMAX.inArticle(), "output heads C7, C8");
    }
}
