package org.activationlab.experiment;

/** The article's claims, numbered as in the project's {@code CLAIMS.md}. */
public enum Claim {
    C1("Deep learning = a neural network with two or more hidden layers, trained by minimising a loss with back-propagation"),
    C2("AI ⊃ machine learning ⊃ deep learning"),
    C3("Deep networks learn their own representation: hidden layers come to hold the features that matter"),
    C4("The XOR problem was solved by back-propagation in multi-layer networks"),
    C5("A perceptron is a single node (many inputs, one output) and cannot solve XOR"),
    C6("Stacking hidden layers alone does not solve non-linear problems; activation functions are needed"),
    C7("Regression output: no activation (identity), one node per target"),
    C8("Multi-class output: one node per class with softmax"),
    C9("Sigmoid outputs lie in (0, 1) and 'the mean of the data becomes 0.5'"),
    C10("Sigmoid belongs on the output of binary classification, not in hidden layers"),
    C11("Stacked sigmoid layers make gradients vanish towards the input"),
    C12("Tanh (range (−1, 1), mean 0) trains better than sigmoid"),
    C13("ReLU usually performs best and trains fastest"),
    C14("Most hidden nodes have z > 0, so ReLU's zero slope is rare"),
    C15("Leaky ReLU learns better than ReLU"),
    C16("np.exp and np.dot compute a layer by hand, equal to the framework's output"),
    C17("Methods developed since ease vanishing gradients: careful initialisation (Xavier/Glorot, He), batch normalisation, ReLU"),
    C18("Methods developed since ease over-fitting: L2 weight decay, dropout, early stopping");

    private final String statement;

    Claim(String statement) {
        this.statement = statement;
    }

    /** The claim in one line. */
    public String statement() {
        return statement;
    }
}
