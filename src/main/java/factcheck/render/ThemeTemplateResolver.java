package factcheck.render;

import java.util.Map;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.cache.AlwaysValidCacheEntryValidity;
import org.thymeleaf.cache.ICacheEntryValidity;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractTemplateResolver;
import org.thymeleaf.templateresource.ITemplateResource;
import org.thymeleaf.templateresource.StringTemplateResource;

/**
 * Serves templates from the theme read at load time, so rendering never touches the disk;
 * the engine's cache then parses each template once per build.
 */
final class ThemeTemplateResolver extends AbstractTemplateResolver {

    private final Map<String, String> templates;

    ThemeTemplateResolver(Map<String, String> templates, FixedMessages fixed) {
        java.util.Map<String, String> inlined = new java.util.HashMap<>();
        templates.forEach((name, text) -> inlined.put(name, fixed.inline(text)));
        this.templates = Map.copyOf(inlined);
        setCheckExistence(true);
    }

    @Override
    protected ITemplateResource computeTemplateResource(IEngineConfiguration configuration, String ownerTemplate,
                                                        String template, Map<String, Object> attributes) {
        String text = templates.get(template);
        return text == null ? null : new StringTemplateResource(text);
    }

    @Override
    protected TemplateMode computeTemplateMode(IEngineConfiguration configuration, String ownerTemplate, String template,
                                               Map<String, Object> attributes) {
        return TemplateMode.HTML;
    }

    @Override
    protected ICacheEntryValidity computeValidity(IEngineConfiguration configuration, String ownerTemplate, String template,
                                                  Map<String, Object> attributes) {
        return AlwaysValidCacheEntryValidity.INSTANCE;
    }
}
