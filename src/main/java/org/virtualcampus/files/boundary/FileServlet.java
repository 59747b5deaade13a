package org.virtualcampus.files.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.platform.error.NotFoundException;

/**
 * Stored files for the pages, with the signed-in session (the API takes bearer tokens only): the
 * same rights and byte ranges as {@code /api/v1/files/{id}}, so that audio and video play and seek.
 */
@WebServlet(name = "files", urlPatterns = "/files/*")
public class FileServlet extends HttpServlet {
  @Inject FileDownloads downloads;
  @Inject CurrentActor caller;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo();
    String id = path == null ? "" : path.substring(1);
    Download download;
    try {
      download = downloads.open(id, caller.get());
    } catch (NotFoundException e) {
      response.sendError(404);
      return;
    }
    Optional<ByteRange> range;
    try {
      range = ByteRange.parse(request.getHeader("Range"), download.file().sizeBytes());
    } catch (ByteRange.Unsatisfiable e) {
      response.setHeader("Content-Range", "bytes */" + download.file().sizeBytes());
      response.sendError(416);
      return;
    }
    response.setStatus(range.isPresent() ? 206 : 200);
    download.headers(range).forEach(response::setHeader);
    download.copyTo(response.getOutputStream(), range);
  }
}
