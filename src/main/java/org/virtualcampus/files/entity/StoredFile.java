package org.virtualcampus.files.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A stored file as the upload measured it; its bytes are in the file store under its id. */
@Entity
@Table(name = "stored_file")
public class StoredFile {
  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "media_type")
  private String mediaType;

  @Column(name = "size_bytes")
  private long sizeBytes;

  private String sha256;

  @Column(name = "owner_id")
  private String ownerId;

  @Column(name = "created_at")
  private Instant createdAt;

  private boolean claimed;

  protected StoredFile() {}

  public StoredFile(
      String id,
      String fileName,
      String mediaType,
      long sizeBytes,
      String sha256,
      String ownerId,
      Instant now) {
    this.id = id;
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256;
    this.ownerId = ownerId;
    this.createdAt = now;
  }

  public String id() {
    return id;
  }

  public String fileName() {
    return fileName;
  }

  public String mediaType() {
    return mediaType;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public String sha256() {
    return sha256;
  }

  public String ownerId() {
    return ownerId;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
