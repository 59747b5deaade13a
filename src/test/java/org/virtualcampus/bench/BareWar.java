package org.virtualcampus.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/** Packs {@link BareApplication} from the compiled test classes into a WAR of its own. */
final class BareWar {
  private BareWar() {}

  static Path write(Path target) throws IOException {
    Path war = target.resolve("bench-bare.war");
    try (OutputStream file = Files.newOutputStream(war);
        JarOutputStream jar = new JarOutputStream(file)) {
      for (Class<?> type :
          new Class<?>[] {BareApplication.class, BareApplication.Endpoints.class}) {
        String name = type.getName().replace('.', '/') + ".class";
        jar.putNextEntry(new JarEntry("WEB-INF/classes/" + name));
        try (InputStream in = type.getClassLoader().getResourceAsStream(name)) {
          in.transferTo(jar);
        }
        jar.closeEntry();
      }
    }
    return war;
  }
}
