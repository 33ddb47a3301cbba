package org.samverkan.platform.test;

import java.util.List;

import org.samverkan.platform.consumer.EventBindings;
import org.springframework.cloud.stream.binder.Binding;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;

/**
 * Stops and starts a service's consumer bindings as an operator would. Names come from the service's consumer
 * functions, not from {@code queryStates()}: that call swaps the containers' observation registry for a null one,
 * and a binding restarted after it fails on its next record (spring-cloud-stream#3268).
 */
public final class InputBindings {
    private InputBindings() {
    }

    public static List<String> names(EventBindings functions) {
        return functions.all().keySet().stream().map(function -> function + "-in-0").sorted().toList();
    }

    public static void stopAll(BindingsLifecycleController bindings, EventBindings functions) {
        names(functions).forEach(bindings::stop);
    }

    public static void startAll(BindingsLifecycleController bindings, EventBindings functions) {
        names(functions).forEach(bindings::start);
    }

    public static boolean noneRunning(BindingsLifecycleController bindings, EventBindings functions) {
        return names(functions).stream().flatMap(name -> bindings.queryState(name).stream()).noneMatch(Binding::isRunning);
    }
}
