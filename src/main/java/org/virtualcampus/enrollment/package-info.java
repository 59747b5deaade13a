/**
 * Cohorts and who gets a seat in them: invitations, seat requests, offers with deadlines and a
 * waitlist that moves by itself. Seats and queue order are decided under a lock on the cohort row,
 * so several app instances can allocate at once; every change to the queue is recorded with who
 * made it and why. Publishes cohort access ({@code boundary.CohortAccess}) for every other feature:
 * is this member enrolled in, facilitating or coordinating this cohort, and the cohort's facts.
 */
package org.virtualcampus.enrollment;
