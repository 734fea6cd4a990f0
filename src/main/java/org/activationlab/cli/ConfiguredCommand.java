package org.activationlab.cli;

/**
 * A command whose options fill in settings: its defaults, and the settings the parsed options give. With every option
 * left out the two are equal, and an option given its stated default keeps them equal (CommandDefaultsTest).
 */
interface ConfiguredCommand<S> {
    /** The settings of a run with no options. */
    S defaults();

    /** The defaults with every option the user gave. */
    S settings();
}
