package org.alumniportal.e2e;

import java.util.Optional;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Gives test classes the {@link SharedStack} as a parameter ({@code @BeforeAll static void setUp(SharedStack
 * stack)}). The stack lives in the root store: started once per JVM, whichever class comes first, and closed
 * by JUnit after the last class. A failed start is remembered, so later classes fail at once instead of
 * starting the whole suite again. A failed test prints where the services' logs are.
 */
final class SharedStackExtension implements ParameterResolver, TestWatcher {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedStackExtension.class);

    /** Starts the stack on first use and closes it with the root store; AutoCloseable values are closed by JUnit. */
    private static final class Holder implements AutoCloseable {

        private SharedStack stack;
        private RuntimeException failure;

        synchronized SharedStack get() {
            if (failure != null) {
                throw new IllegalStateException("the stack failed to start earlier in this run", failure);
            }
            if (stack == null) {
                try {
                    stack = SharedStack.start();
                } catch (RuntimeException e) {
                    failure = e;
                    throw e;
                }
            }
            return stack;
        }

        synchronized Optional<SharedStack> started() {
            return Optional.ofNullable(stack);
        }

        @Override
        public synchronized void close() {
            if (stack != null) {
                stack.close();
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SharedStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return holder(context).get();
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        holder(context).started().ifPresent(stack ->
                System.out.println("[e2e] " + context.getDisplayName() + " failed; service logs in " + stack.logs()));
    }

    private static Holder holder(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Holder.class, type -> new Holder(), Holder.class);
    }
}
