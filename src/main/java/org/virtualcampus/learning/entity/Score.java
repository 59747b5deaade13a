package org.virtualcampus.learning.entity;

import java.io.Serializable;

/**
 * One criterion's score as the reviewer gave it, with the rubric's words at that time: a rubric
 * edited later does not change feedback already given.
 */
public record Score(int criterion, String criterionTitle, int level, String levelLabel, int points)
    implements Serializable {}
