package org.virtualcampus;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The package rules of DESIGN.md as code: features side by side, platform below them all, no cycles
 * between features, thin REST resources and page beans, and entities that refer to other features
 * by id.
 */
class ArchitectureTest {
  static final String ROOT = "org.virtualcampus";
  static final List<String> FEATURES =
      List.of(
          "identity",
          "course",
          "enrollment",
          "learning",
          "files",
          "homework",
          "session",
          "attendance",
          "peerfeedback",
          "reporting",
          "notification",
          "community",
          "demo");

  static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(ROOT);

  @Test
  void everyClassBelongsToPlatformOrOneFeature() {
    classes()
        .should()
        .resideInAnyPackage(packages("platform", FEATURES))
        .because("features sit side by side under the root, with platform below them")
        .check(CLASSES);
  }

  @Test
  void platformImportsNoFeature() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".platform..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(packages(null, FEATURES))
        .check(CLASSES);
  }

  @Test
  void featuresDoNotDependOnEachOtherInCycles() {
    slices().matching(ROOT + ".(*)..").namingSlices("$1").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void resourcesAndPageBeansCallFacadesNeverControlOrTheDatabase() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("Resource")
        .or()
        .resideInAPackage(ROOT + "..ui..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(ROOT + "..control..")
        .orShould()
        .dependOnClassesThat()
        .areAssignableTo(EntityManager.class)
        .check(CLASSES);
  }

  @Test
  void entitiesHoldNoOtherFeaturesEntities() {
    fields()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage(ROOT + "..entity..")
        .should(notHoldAnotherFeaturesEntity())
        .check(CLASSES);
  }

  private static ArchCondition<JavaField> notHoldAnotherFeaturesEntity() {
    return new ArchCondition<>("not hold an entity of another feature (refer to it by id)") {
      @Override
      public void check(JavaField field, ConditionEvents events) {
        String own = featureOf(field.getOwner());
        for (JavaClass type : field.getType().getAllInvolvedRawTypes()) {
          if (type.isAnnotatedWith(Entity.class) && !featureOf(type).equals(own)) {
            events.add(
                SimpleConditionEvent.violated(
                    field, field.getFullName() + " holds the entity " + type.getName()));
          }
        }
      }
    };
  }

  private static String featureOf(JavaClass type) {
    String rest = type.getPackageName().substring(ROOT.length() + 1);
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  private static String[] packages(String first, List<String> features) {
    var names = new java.util.ArrayList<String>();
    if (first != null) {
      names.add(ROOT + "." + first + "..");
    }
    features.forEach(f -> names.add(ROOT + "." + f + ".."));
    return names.toArray(String[]::new);
  }
}
