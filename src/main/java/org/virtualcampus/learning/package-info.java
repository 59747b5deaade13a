/**
 * Learning: a course's modules (usually one a week) and their content items, released week by week
 * to each cohort in its time zone, and every participant's progress through them. Cohort facts and
 * who takes part come from {@code enrollment.boundary.CohortAccess}; courses are referred to by id.
 */
package org.virtualcampus.learning;
