package se.tjanstekatalog.demo;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import se.tjanstekatalog.catalogue.entity.ServiceLevel;
import se.tjanstekatalog.consumption.control.FocusRule;
import se.tjanstekatalog.consumption.entity.FocusMapping;
import se.tjanstekatalog.organisation.entity.OrgUnit;

/**
 * The demo's FOCUS mappings, made for the sample bill {@code docs/examples/focus-2026-10.csv}
 * (Azure and Microsoft 365): the förvaltningar's own Azure subscriptions by SubAccountId, the
 * Microsoft 365 invoice sections and a shared subscription's resources by the tag {@code
 * forvaltning}; platform services to pools, backup and archive storage to levels the orgs are
 * charged for (and to the pool), org-specific licences to a licence level. Four rows of the
 * sample stay unmapped on purpose: a Copilot pilot (no service for it yet), an AI sandbox
 * subscription nobody owns, and a backup vault tagged "Kultur" instead of "KF".
 */
final class DemoFocusMappings {
  private static final String SUBSCRIPTION = "c2e4b7a1-3f58-4d1e-9b6a-1a2b3c4d5e0";

  static final List<FocusRule> RULES = List.of(
      FocusRule.org(FocusRule.SUB_ACCOUNT_ID, SUBSCRIPTION + "1", "GSF"),
      FocusRule.org(FocusRule.SUB_ACCOUNT_ID, SUBSCRIPTION + "2", "SBK"),
      FocusRule.org(FocusRule.SUB_ACCOUNT_ID, SUBSCRIPTION + "3", "SF"),
      FocusRule.org(FocusRule.SUB_ACCOUNT_ID, SUBSCRIPTION + "4", "HVOF"),
      tag("SLK"), tag("SF"), tag("GSF"), tag("SBK"), tag("HVOF"), tag("MF"), tag("KF"),
      tag("FGK"),
      FocusRule.pool(FocusRule.SERVICE_NAME, "Virtual Machines", "INFRASTRUKTUR"),
      FocusRule.pool(FocusRule.SERVICE_NAME, "Storage", "INFRASTRUKTUR"),
      FocusRule.pool(FocusRule.SERVICE_NAME, "Azure SQL Database", "INFRASTRUKTUR"),
      FocusRule.pool(FocusRule.SERVICE_NAME, "Azure App Service", "INFRASTRUKTUR"),
      FocusRule.pool(FocusRule.SERVICE_NAME, "Virtual Network", "INFRASTRUKTUR"),
      FocusRule.levelAndPool(FocusRule.SERVICE_NAME, "Backup", "INF-BACKUP", "STD",
          "INFRASTRUKTUR"),
      // Archive LRS: the bygglov archive is charged per GB like the on-premises archive.
      FocusRule.levelAndPool(FocusRule.SKU_ID, "DZH318Z0BP8B", "INF-LAGR", "BAS",
          "INFRASTRUKTUR"),
      FocusRule.pool(FocusRule.SERVICE_NAME, "Azure Monitor", "INFORMATIONSSAKERHET"),
      FocusRule.pool(FocusRule.SERVICE_NAME, "Microsoft Defender for Cloud",
          "INFORMATIONSSAKERHET"),
      FocusRule.pool(FocusRule.SERVICE_NAME, "Microsoft 365 E3", "KOMMUNIKATION"),
      FocusRule.pool(FocusRule.SERVICE_NAME, "Microsoft 365 F3", "KOMMUNIKATION"),
      FocusRule.level(FocusRule.SERVICE_NAME, "Power BI Pro", "DIG-LIC", "STD"),
      FocusRule.level(FocusRule.SERVICE_NAME, "Visio Plan 2", "DIG-LIC", "STD"));

  private DemoFocusMappings() {}

  static void load(EntityManager em, Map<String, OrgUnit> orgsByCode) {
    for (FocusRule rule : RULES) {
      FocusMapping mapping = new FocusMapping(rule.target(), rule.field(), rule.value());
      Long org = rule.orgCode() == null ? null : orgsByCode.get(rule.orgCode()).getId();
      Long level = rule.levelCode() == null ? null : level(em, rule);
      Long pool = rule.poolCode() == null ? null : pool(em, rule.poolCode());
      mapping.pointTo(rule.field(), rule.value(), org, level, pool);
      em.persist(mapping);
    }
  }

  private static FocusRule tag(String orgCode) {
    return FocusRule.org(FocusRule.TAG_PREFIX + "forvaltning", orgCode, orgCode);
  }

  private static long level(EntityManager em, FocusRule rule) {
    return em.createQuery("SELECT l FROM ServiceLevel l WHERE l.service.code = :service"
            + " AND l.code = :level", ServiceLevel.class)
        .setParameter("service", rule.serviceCode())
        .setParameter("level", rule.levelCode())
        .getSingleResult().getId();
  }

  /** Pools are seeded by Liquibase (one per service area) and have no entity here. */
  private static long pool(EntityManager em, String code) {
    Object id = em.createNativeQuery("SELECT id FROM cost_pool WHERE code = ?")
        .setParameter(1, code).getSingleResult();
    return ((Number) id).longValue();
  }
}
