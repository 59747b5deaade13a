package org.virtualcampus.peerfeedback.entity;

import java.io.Serializable;

/** One element of a feedback model: what the observer looks for. The key never changes. */
public record ModelElement(String key, String title, String description) implements Serializable {}
