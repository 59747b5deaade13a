package org.virtualcampus.platform.limits;

import java.time.Duration;

/**
 * A stored bucket: its digest key, and the period after which an untouched bucket is full again
 * (and so may be forgotten).
 */
record BucketKey(String digest, Duration period) {}
