/**
 * Cohorts and who gets a seat in them: invitations, seat requests, offers with deadlines and a
 * waitlist that moves by itself. Seats and queue order are decided under a lock on the cohort row,
 * so several app instances can allocate at once; every change to the queue is recorded with who
 * made it and why.
 */
package org.virtualcampus.enrollment;
