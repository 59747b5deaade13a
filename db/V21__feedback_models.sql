-- Feedback models as data: the elements an observer rates (observed / partly / not observed) in a
-- practice round. The five shipped here are templates coordinators may edit or copy; a course
-- picks the model its practice rounds use. Elements are kept as one JSON list (key, title,
-- description): they are always read and written together, and ratings keep each element's key
-- and title, so editing a model later does not rewrite history.
CREATE TABLE feedback_model (
  id         VARCHAR(36)   NOT NULL,
  name       VARCHAR(120)  NOT NULL,
  summary    VARCHAR(1000),
  source     VARCHAR(300),
  elements   TEXT          NOT NULL,
  template   BOOLEAN       NOT NULL,
  created_at DATETIME(6)   NOT NULL,
  version    BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT pk_feedback_model PRIMARY KEY (id),
  CONSTRAINT uq_feedback_model_name UNIQUE (name)
);

CREATE TABLE course_feedback_model (
  course_id VARCHAR(36) NOT NULL,
  model_id  VARCHAR(36) NOT NULL,
  version   BIGINT      NOT NULL DEFAULT 0,
  CONSTRAINT pk_course_feedback_model PRIMARY KEY (course_id),
  CONSTRAINT fk_course_model_course FOREIGN KEY (course_id) REFERENCES course (id),
  CONSTRAINT fk_course_model_model FOREIGN KEY (model_id) REFERENCES feedback_model (id)
);

INSERT INTO feedback_model (id, name, summary, source, elements, template, created_at) VALUES
  ('00000000-0000-4000-8000-0000000f0001', 'Ask-Tell-Ask', 'Invite self-assessment, tell what you observed, check understanding.', 'Widely taught in medical and nursing education',
   '[{"key": "ask", "title": "Ask", "description": "Invite the learner''s self-assessment"}, {"key": "tell", "title": "Tell", "description": "Share specific, observed behaviour and its effect"}, {"key": "ask-again", "title": "Ask", "description": "Check understanding and agree next steps"}]', TRUE, TIMESTAMP '2026-12-07 00:00:00');
INSERT INTO feedback_model (id, name, summary, source, elements, template, created_at) VALUES
  ('00000000-0000-4000-8000-0000000f0002', 'Pendleton''s rules', 'The learner speaks first about what went well and what to change, then the observer.', 'Pendleton et al., The Consultation (1984)',
   '[{"key": "facts", "title": "Clarify facts", "description": ""}, {"key": "learner-well", "title": "Learner says what went well", "description": ""}, {"key": "observer-well", "title": "Observer says what went well", "description": ""}, {"key": "learner-differently", "title": "Learner says what could be done differently", "description": ""}, {"key": "observer-differently", "title": "Observer says what could be done differently", "description": ""}, {"key": "action-plan", "title": "Agree an action plan", "description": ""}]', TRUE, TIMESTAMP '2026-12-07 00:00:00');
INSERT INTO feedback_model (id, name, summary, source, elements, template, created_at) VALUES
  ('00000000-0000-4000-8000-0000000f0003', 'R2C2', 'Relationship, reactions, content, coaching: evidence-informed facilitated feedback.', 'Sargeant et al., Academic Medicine (2015)',
   '[{"key": "relationship", "title": "Relationship", "description": "Build rapport and trust"}, {"key": "reactions", "title": "Reactions", "description": "Explore the learner''s reactions to the feedback or data"}, {"key": "content", "title": "Content", "description": "Explore their understanding of the content"}, {"key": "coaching", "title": "Coaching", "description": "Co-create an action plan for change"}]', TRUE, TIMESTAMP '2026-12-07 00:00:00');
INSERT INTO feedback_model (id, name, summary, source, elements, template, created_at) VALUES
  ('00000000-0000-4000-8000-0000000f0004', 'PEARLS', 'Promoting Excellence And Reflective Learning in Simulation: a debriefing script.', 'Eppich and Cheng, Simulation in Healthcare (2015)',
   '[{"key": "scene", "title": "Setting the scene", "description": ""}, {"key": "reactions", "title": "Reactions", "description": ""}, {"key": "description", "title": "Description", "description": "Summary of events"}, {"key": "analysis", "title": "Analysis", "description": "Learner self-assessment, directive feedback, or focused facilitation such as advocacy-inquiry"}, {"key": "application", "title": "Application / summary", "description": ""}]', TRUE, TIMESTAMP '2026-12-07 00:00:00');
INSERT INTO feedback_model (id, name, summary, source, elements, template, created_at) VALUES
  ('00000000-0000-4000-8000-0000000f0005', 'SET-GO', 'What I saw, what else, what do you think, the goal, offers.', 'Silverman, Kurtz and Draper, Calgary-Cambridge tradition',
   '[{"key": "saw", "title": "What I saw", "description": ""}, {"key": "else", "title": "What else did you see?", "description": ""}, {"key": "think", "title": "What do you think?", "description": ""}, {"key": "goal", "title": "Clarify the goal", "description": ""}, {"key": "offers", "title": "Any offers on how to get there?", "description": ""}]', TRUE, TIMESTAMP '2026-12-07 00:00:00');
