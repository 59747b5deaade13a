package org.virtualcampus.bench;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;

/**
 * The benchmark's ceiling: a JAX-RS application with no security, no CDI beans and no database,
 * deployed by the benchmark next to the campus on the same Payara Micro ({@link BareWar}). It
 * answers the rush's request and the constant GET with bodies of the same shape, so the difference
 * to the campus is what the campus itself costs. Never part of the campus WAR.
 */
@ApplicationPath("api/v1")
public class BareApplication extends Application {
  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(Endpoints.class);
  }

  @Path("")
  public static class Endpoints {
    @POST
    @Path("cohorts/{id}/enrollments")
    @Produces(MediaType.APPLICATION_JSON)
    public Response requestSeat(
        @PathParam("id") String cohort, @HeaderParam("Authorization") String authorization) {
      if (authorization == null) {
        return Response.status(401).build();
      }
      return Response.status(201)
          .entity("{\"cohortId\":\"" + cohort + "\",\"status\":\"WAITING\",\"position\":1}")
          .build();
    }

    @GET
    @Path("members/professions")
    @Produces(MediaType.APPLICATION_JSON)
    public String professions() {
      return "[\"NURSE\",\"PHYSICIAN\",\"PHARMACIST\",\"PHYSIOTHERAPIST\",\"OTHER\"]";
    }
  }
}
