package org.virtualcampus.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a user-journey test that drives headless Chromium. Without Chromium the test is skipped
 * with a message saying so, unless {@code CAMPUS_BROWSER_TESTS=required} (as in CI) makes it
 * mandatory.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ChromiumAvailable.class)
@Tag("browser")
public @interface BrowserTest {}
