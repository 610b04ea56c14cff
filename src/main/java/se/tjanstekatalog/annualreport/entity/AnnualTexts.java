package se.tjanstekatalog.annualreport.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The årsberättelse's texts; transactions belong to the calling service. */
@ApplicationScoped
public class AnnualTexts {
  @PersistenceContext EntityManager em;

  public List<AnnualText> ofYear(int year) {
    return em.createNamedQuery(AnnualText.FIND_YEAR, AnnualText.class)
        .setParameter("year", year).getResultList();
  }

  public void persist(AnnualText text) {
    em.persist(text);
  }

  /** Writes now, so a version conflict or a duplicate surfaces inside the service. */
  public void flush() {
    em.flush();
  }
}
