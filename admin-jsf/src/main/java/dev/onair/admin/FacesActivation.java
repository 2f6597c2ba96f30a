package dev.onair.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;

/**
 * Turns on Faces' CDI integration for this module, so pages resolve {@code @Named} beans and
 * beans can {@code @Inject} the {@code FacesContext} and {@code ExternalContext}.
 */
@FacesConfig
@ApplicationScoped
public class FacesActivation {
}
