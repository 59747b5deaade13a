/**
 * Demo data for the embedded database: an admin, a coordinator, two facilitators, sixty educators
 * of mixed professions, the Feedback Conversations course and an open cohort. Seeded only into an
 * empty database and only while {@code campus.demo-data} is on.
 */
package org.virtualcampus.demo;
