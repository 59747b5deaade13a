package org.virtualcampus.platform.startup;

/** Fired once at start-up after the migrations ran; features seed and announce themselves then. */
public record SchemaReady() {}
