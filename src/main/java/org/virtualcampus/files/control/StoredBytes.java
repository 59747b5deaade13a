package org.virtualcampus.files.control;

/** What writing an upload measured: where it is now, its size and its SHA-256 (hex). */
public record StoredBytes(java.nio.file.Path temp, long size, String sha256) {}
