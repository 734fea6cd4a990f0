package org.activationlab.notebook;

import java.lang.reflect.Method;
import java.util.Map;
import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * Runs JShell snippets in this JVM, on the calling thread, and keeps each snippet's value as an object.
 *
 * <p>In-process, like IJava's own engine: ND4J's native libraries load once per JVM, so a second JVM
 * per notebook would pay that start-up again, and {@code display(...)} can hand images straight to
 * the cell. JShell's stock engines return values only as strings; IJava keeps the object so that a
 * {@code BufferedImage} left as a cell's value renders as a picture, and so does this engine.
 */
final class InProcessEngine implements ExecutionControlProvider {
    private ValueKeepingControl control;

    @Override
    public String name() {
        return "activationlab-in-process";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
        control = new ValueKeepingControl();
        return control;
    }

    /** The value of the snippet evaluated last (null for statements and declarations without one). */
    Object takeValue() {
        return control == null ? null : control.takeValue();
    }

    private static final class ValueKeepingControl extends DirectExecutionControl {
        private Object value;

        @Override
        protected String invoke(Method doitMethod) throws Exception {
            value = null;
            value = doitMethod.invoke(null);
            return valueString(value);
        }

        Object takeValue() {
            Object v = value;
            value = null;
            return v;
        }
    }
}
