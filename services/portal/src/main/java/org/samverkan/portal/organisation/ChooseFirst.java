package org.samverkan.portal.organisation;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A representative of several organisations who opens an organisation page before choosing is sent to choose. */
@ControllerAdvice(basePackageClasses = ChooseFirst.class)
class ChooseFirst {

    @ExceptionHandler(OwnOrganisation.ChoiceNeeded.class)
    String choose() {
        return "redirect:" + OrganisationChoiceController.PAGE;
    }
}
