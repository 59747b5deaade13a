package org.virtualcampus.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.learning.boundary.CourseModules;
import org.virtualcampus.learning.boundary.HomeworkForm;
import org.virtualcampus.learning.boundary.Homeworks;
import org.virtualcampus.learning.boundary.ItemForm;
import org.virtualcampus.learning.boundary.ModuleForm;
import org.virtualcampus.learning.boundary.RubricForm;
import org.virtualcampus.learning.entity.ItemKind;

/**
 * The pilot's five weekly modules of about six hours: readings, podcasts, videos, discussion
 * prompts and, from week two, a role-play scenario for the live practice in triads.
 */
@ApplicationScoped
public class DemoModules {
  @Inject CourseModules modules;
  @Inject Homeworks homeworks;
  @Inject DemoScenarioVariants scenarioVariants;

  void seed(String courseId, Actor coordinator) {
    String rubric = homeworks.createRubric(courseId, reflectionRubric(), coordinator).id();
    String week1 =
        module(
            courseId,
            coordinator,
            1,
            "Why feedback matters",
            "What feedback is for, and why it so often misses.");
    item(
        week1,
        coordinator,
        ItemKind.READING,
        "Feedback that changes practice",
        "Feedback is information about the gap between **what was observed** and **what was intended**,"
            + " given so that the learner can close it.\n\n"
            + "- It is specific and about behaviour, not the person\n"
            + "- It is timely and invited\n"
            + "- It ends with a plan the learner owns\n\n"
            + "Read the overview and note one conversation from your own practice that went well, and one"
            + " that did not.",
        null,
        60);
    item(
        week1,
        coordinator,
        ItemKind.PODCAST,
        "Why learners discount feedback",
        "A conversation about credibility, relationships and the learner's reactions.",
        "https://example.org/podcasts/feedback-credibility",
        40);
    item(
        week1,
        coordinator,
        ItemKind.DISCUSSION,
        "Your best and worst feedback",
        "Describe a time you received feedback that changed what you do. What made it land?",
        null,
        45);

    String week2 =
        module(
            courseId,
            coordinator,
            2,
            "Ask-Tell-Ask",
            "A simple structure that starts with the learner.");
    item(
        week2,
        coordinator,
        ItemKind.READING,
        "Ask-Tell-Ask in three steps",
        "1. **Ask**: invite the learner's self-assessment\n"
            + "2. **Tell**: share specific, observed behaviour and its effect\n"
            + "3. **Ask**: check understanding and agree next steps",
        null,
        45);
    item(
        week2,
        coordinator,
        ItemKind.VIDEO,
        "Ask-Tell-Ask on a ward round",
        "Watch how the educator lets the student speak first.",
        "https://www.youtube.com/watch?v=Fdd6K4XZ0fo",
        20);
    ItemForm scenario =
        new ItemForm(
            ItemKind.ROLE_PLAY,
            "The missed double-check",
            "You are the clinical educator on a medical ward. During a simulated handover you observed a"
                + " final-year nursing student give an intravenous antibiotic without the required"
                + " second-person check. The patient came to no harm. You have ten minutes with the student"
                + " at the end of the shift.",
            null,
            30);
    scenario.setPrivateBrief(
        "You are the student. The ward was short-staffed and you felt rushed by the registrar. You know"
            + " the policy and feel embarrassed; you start out a little defensive (\"everyone skips it"
            + " when it's busy\"). You soften if the educator asks what happened before telling you what"
            + " they saw, and you respond well to a concrete plan.");
    scenarioVariants.seed(modules.addItem(week2, scenario, coordinator), coordinator);

    String week3 =
        module(
            courseId,
            coordinator,
            3,
            "Pendleton's rules and R2C2",
            "Two conversations that share the work with the learner.");
    item(
        week3,
        coordinator,
        ItemKind.READING,
        "Pendleton's rules",
        "Clarify facts · learner says what went well · observer says what went well · learner says what"
            + " could be done differently · observer says what could be done differently · agree an action"
            + " plan.",
        null,
        40);
    item(
        week3,
        coordinator,
        ItemKind.READING,
        "R2C2: relationship, reactions, content, coaching",
        "Build rapport, explore reactions to the data, explore understanding of it, then co-create an"
            + " action plan for change.",
        null,
        50);
    item(
        week3,
        coordinator,
        ItemKind.LINK,
        "The R2C2 model (Academic Medicine, 2015)",
        "Sargeant et al. describe the model and the evidence behind it.",
        "https://journals.lww.com/academicmedicine/",
        60);

    String week4 =
        module(
            courseId,
            coordinator,
            4,
            "Debriefing simulation with PEARLS",
            "Structured debriefing after a simulated case.");
    item(
        week4,
        coordinator,
        ItemKind.READING,
        "The PEARLS phases",
        "Setting the scene · reactions · description · analysis (learner self-assessment, directive"
            + " feedback or focused facilitation such as advocacy-inquiry) · application and summary.",
        null,
        45);
    item(
        week4,
        coordinator,
        ItemKind.DISCUSSION,
        "When is directive feedback right?",
        "Share a debrief where telling was better than asking, and why.",
        null,
        40);

    String week5 =
        module(
            courseId,
            coordinator,
            5,
            "Feedback across professions",
            "Giving feedback to colleagues from other professions, and building a feedback culture.");
    item(
        week5,
        coordinator,
        ItemKind.PODCAST,
        "Interprofessional feedback",
        "Nurses, pharmacists and physicians on feedback that crosses professional lines.",
        "https://example.org/podcasts/interprofessional-feedback",
        45);
    item(
        week5,
        coordinator,
        ItemKind.DISCUSSION,
        "One change for your team",
        "What will you change in how your team gives feedback, starting next week?",
        null,
        45);

    homework(
        week1,
        coordinator,
        rubric,
        6,
        "**Reflect on a feedback conversation** you gave recently: describe the situation, the model you"
            + " used (if any), what you would do differently, and your next step.");
    homework(
        week2,
        coordinator,
        rubric,
        13,
        "Use Ask-Tell-Ask in one real conversation this week and reflect on it with the rubric in mind.");
    homework(
        week3,
        coordinator,
        rubric,
        20,
        "Plan a conversation with R2C2 or Pendleton's rules for a learner you supervise; after it, reflect"
            + " on how the learner reacted.");
    homework(
        week4,
        coordinator,
        rubric,
        27,
        "Debrief a simulated case (or a recorded one) with PEARLS and reflect on your analysis phase.");
    homework(
        week5,
        coordinator,
        rubric,
        34,
        "Write your plan for feedback in your team: one change, a date, and how you will know it worked.");
  }

  private void homework(
      String moduleId, Actor actor, String rubricId, int dueDay, String instructions) {
    HomeworkForm form = new HomeworkForm();
    form.setInstructions(instructions);
    form.setDueDay(dueDay);
    form.setDueTime("23:59");
    form.setExpectsText(true);
    form.setExpectsFiles(true);
    form.setFileTypes(List.of("pdf", "docx", "jpg", "png", "mp3", "m4a"));
    form.setRubricId(rubricId);
    homeworks.defineHomework(moduleId, form, actor);
  }

  /** The rubric of the pilot's first homework, used for all five. */
  private static RubricForm reflectionRubric() {
    RubricForm form = new RubricForm();
    form.setTitle("Reflect on a feedback conversation");
    form.setLevels(
        List.of(
            new RubricForm.LevelForm("Not yet", 0),
            new RubricForm.LevelForm("Developing", 1),
            new RubricForm.LevelForm("Proficient", 2),
            new RubricForm.LevelForm("Exemplary", 3)));
    form.setCriteria(
        List.of(
            new RubricForm.CriterionForm(
                "Describes the situation",
                List.of(
                    "missing",
                    "vague",
                    "specific and concise",
                    "specific, with the learner's perspective")),
            new RubricForm.CriterionForm(
                "Applies a feedback model",
                List.of(
                    "none named",
                    "named, not applied",
                    "applied to most steps",
                    "applied, with a reasoned adaptation")),
            new RubricForm.CriterionForm(
                "Reflects on own behaviour",
                List.of(
                    "absent",
                    "descriptive only",
                    "identifies what to change",
                    "links change to evidence or peer feedback")),
            new RubricForm.CriterionForm(
                "Plans next steps",
                List.of(
                    "none",
                    "general intention",
                    "concrete action",
                    "concrete action with a date and a check"))));
    return form;
  }

  private String module(String courseId, Actor actor, int week, String title, String summary) {
    return modules.addModule(courseId, new ModuleForm(title, summary, week, null), actor).id();
  }

  private void item(
      String moduleId,
      Actor actor,
      ItemKind kind,
      String title,
      String body,
      String link,
      int minutes) {
    modules.addItem(moduleId, new ItemForm(kind, title, body, link, minutes), actor);
  }
}
