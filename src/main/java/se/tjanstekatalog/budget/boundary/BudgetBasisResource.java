package se.tjanstekatalog.budget.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.tjanstekatalog.budget.control.BudgetBasisService;
import se.tjanstekatalog.budget.control.BudgetBasisService.VersionView;
import se.tjanstekatalog.budget.control.BudgetStore;
import se.tjanstekatalog.budget.control.BudgetInputs.Basis;
import se.tjanstekatalog.budget.control.BudgetInputs.OrgInfo;
import se.tjanstekatalog.budget.control.BudgetInputs.PoolRow;
import se.tjanstekatalog.budget.control.BudgetInputs.VolumeRow;
import se.tjanstekatalog.budget.domain.BudgetBasis.AreaTotal;
import se.tjanstekatalog.budget.domain.BudgetBasis.Result;
import se.tjanstekatalog.platform.ReadApi;
import se.tjanstekatalog.shared.NotFoundException;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.boundary.YearParam;

/**
 * Next year's budgetunderlag as JSON: per org its totals under both models, per area the
 * binding model and the change split into price and volume, and its planned volumes line by
 * line; the pools' budgets; the published versions. The page's roles (IT_CONTROLLER,
 * ORG_FINANCE, ADMIN): ekonomichefsgruppen sees every org, as on the dashboard.
 */
@Path("/v1/budget")
@RequestScoped
@RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ORG_FINANCE_NAME, Role.ADMIN_NAME})
@Tag(name = "Budgetunderlag")
public class BudgetBasisResource {
  @Inject BudgetBasisService service;
  @Context Request request;

  public record BudgetDto(int year, String monthsFrom, String monthsTo, int months,
      List<OrgDto> orgs, List<PoolDto> pools, List<VersionDto> versions,
      List<String> problems) {}

  /** An org's totals: internfakturering, solidarisk fördelning and the binding sum. */
  public record OrgDto(String code, String name, String kind, BigDecimal chargeback,
      BigDecimal allocation, BigDecimal binding, List<AreaDto> areas, List<LineDto> lines) {}

  /**
   * One area: binding is CHARGEBACK or ALLOCATION (the model plan in January; switchMonth where
   * it changes during the year); change = chargeback − lastChargeback = priceEffect +
   * volumeEffect.
   */
  public record AreaDto(String area, String areaName, String bindingModel, String switchMonth,
      BigDecimal chargeback, BigDecimal allocation, BigDecimal binding,
      BigDecimal lastChargeback, BigDecimal priceEffect, BigDecimal volumeEffect,
      BigDecimal change) {}

  /**
   * A planned volume for the year (units; fixed monthly services: months × quantity) at next
   * year's charged price; amount = plannedVolume × price, HALF_UP to öre.
   */
  public record LineDto(String serviceCode, String levelCode, String service, String level,
      String unit, BigDecimal lastVolume,
      BigDecimal lastPrice, BigDecimal defaultVolume, BigDecimal plannedVolume,
      boolean adjusted, String comment, BigDecimal price, BigDecimal amount) {}

  /** A pool's budget for the year and its parts per org (largest remainder: they sum to it). */
  public record PoolDto(String code, String name, String area, BigDecimal budget,
      BigDecimal defaultBudget, List<PartDto> parts) {}

  public record PartDto(String org, BigDecimal keyValue, BigDecimal amount) {}

  public record VersionDto(int number, String name, String publishedOn, String publishedBy) {}

  /**
   * A published version as it was frozen: its totals per org and area, its lines, and what
   * differs from the version before (binding amount and each model's change; previous is null
   * for the first).
   */
  public record PublishedDto(int year, VersionDto version, VersionDto previous,
      List<OrgDto> orgs, List<FrozenLineDto> lines, List<DifferenceDto> differences) {}

  /**
   * A frozen line: internfakturering (quantity × unitPrice) or an org's share of a pool's
   * budget (keyValue of keyTotal); binding says whether it is the binding model's.
   */
  public record FrozenLineDto(String org, String area, String serviceCode, String service,
      String level, String pool, String model, boolean binding, BigDecimal quantity,
      BigDecimal unitPrice, BigDecimal keyValue, BigDecimal keyTotal, BigDecimal amount) {}

  public record DifferenceDto(String org, String area, BigDecimal previousBinding,
      BigDecimal currentBinding, BigDecimal change, BigDecimal chargebackChange,
      BigDecimal allocationChange) {}

  @GET
  @Path("{year}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The budgetunderlag of a year per org, as it stands now",
      description = "Next year's prices (a draft list too) × planned volumes, and the pools'"
          + " budgets shared by the latest keys (largest remainder). ETag / If-None-Match → 304.")
  @APIResponse(responseCode = "200", description = "The budgetunderlag",
      content = @Content(schema = @Schema(implementation = BudgetDto.class)))
  @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
  @APIResponse(responseCode = "403", description = "A VIEWER")
  @APIResponse(responseCode = "404", description = "No such org or version")
  @APIResponse(responseCode = "422", description = "Not a year from 2000 to 2100")
  public Response budget(
      @Parameter(description = "The budget year, e.g. 2027") @PathParam("year") String year,
      @Parameter(description = "One org's code, e.g. GSF (default: every org)")
          @QueryParam("org") String org,
      @Parameter(description = "A published version's number: that version as it was frozen,"
          + " with the differences to the one before (schema PublishedDto)")
          @QueryParam("version") Integer version) {
    Basis basis = service.basis(year(year));
    List<OrgInfo> orgs = basis.orgs();
    if (org != null && !org.isBlank()) {
      orgs = orgs.stream().filter(o -> o.code().equalsIgnoreCase(org.strip())).toList();
      if (orgs.isEmpty()) {
        throw new NotFoundException("budgetBasis.orgNotFound", org.strip());
      }
    }
    if (version != null) {
      return ReadApi.one(request, published(basis, orgs, version));
    }
    Result r = basis.result();
    return ReadApi.one(request, new BudgetDto(basis.year(), month(basis.from()),
        month(basis.to()), basis.months(), orgs.stream().map(o -> org(basis, o)).toList(),
        basis.pools().stream().map(p -> pool(basis, p)).toList(),
        basis.versions().stream().map(BudgetBasisResource::version).toList(),
        r.problems().stream().map(p -> p.key() + " " + p.args()).toList()));
  }

  private PublishedDto published(Basis basis, List<OrgInfo> orgs, int number) {
    VersionView v = service.version(basis.year(), number)
        .orElseThrow(() -> new NotFoundException("budgetBasis.versionNotFound", number));
    java.util.Set<Long> shown = orgs.stream().map(OrgInfo::id)
        .collect(java.util.stream.Collectors.toSet());
    return new PublishedDto(basis.year(), version(v.version()),
        v.previous() == null ? null : version(v.previous()),
        orgs.stream().map(o -> {
          List<AreaTotal> totals = v.totals().stream().filter(t -> t.orgId() == o.id())
              .toList();
          return new OrgDto(o.code(), o.name(), o.company() ? "COMPANY" : "ADMINISTRATION",
              Result.sum(totals, AreaTotal::chargeback).value(),
              Result.sum(totals, AreaTotal::allocation).value(),
              Result.binding(totals).value(),
              totals.stream().map(t -> area(basis, t)).toList(), List.of());
        }).toList(),
        service.versionLines(basis.year(), number, orgs.size() == 1 ? orgs.get(0).id() : null)
            .stream().filter(l -> shown.contains(l.orgId())).map(l -> new FrozenLineDto(
                basis.org(l.orgId()).code(), l.area(), l.serviceCode(), l.service(), l.level(),
                l.pool(), l.model().name(), l.binding(), l.quantity(), l.unitPrice(),
                l.keyValue(), l.keyTotal(), l.amount().value())).toList(),
        v.differences().stream().filter(d -> shown.contains(d.orgId()))
            .map(d -> new DifferenceDto(basis.org(d.orgId()).code(),
                basis.area(d.areaId()) == null ? null : basis.area(d.areaId()).code(),
                d.previous().binding().value(), d.current().binding().value(),
                d.change().value(), d.chargebackChange().value(),
                d.allocationChange().value())).toList());
  }

  private static VersionDto version(BudgetStore.Version v) {
    return new VersionDto(v.number(), v.name(), v.publishedOn().toString(), v.publishedBy());
  }

  static int year(String text) {
    return YearParam.parse(text, "budgetBasis.error.year", BudgetBasisService.FIRST_YEAR,
        BudgetBasisService.LAST_YEAR);
  }


  private static OrgDto org(Basis basis, OrgInfo o) {
    List<AreaTotal> totals = basis.result().totalsOf(o.id());
    return new OrgDto(o.code(), o.name(), o.company() ? "COMPANY" : "ADMINISTRATION",
        Result.sum(totals, AreaTotal::chargeback).value(),
        Result.sum(totals, AreaTotal::allocation).value(),
        Result.binding(totals).value(),
        totals.stream().map(t -> area(basis, t)).toList(),
        basis.volumes().stream().filter(v -> v.org().id() == o.id())
            .map(BudgetBasisResource::line).toList());
  }

  private static AreaDto area(Basis basis, AreaTotal t) {
    var a = basis.area(t.areaId());
    return new AreaDto(a == null ? null : a.code(), a == null ? null : a.name(),
        t.binding().name(), month(t.switchMonth()), t.chargeback().value(),
        t.allocation().value(), t.bindingAmount().value(), t.lastChargeback().value(),
        t.priceEffect().value(), t.volumeEffect().value(), t.change().value());
  }

  private static LineDto line(VolumeRow v) {
    return new LineDto(v.level().serviceCode(), v.level().levelCode(),
        v.level().serviceCode() + " " + v.level().serviceName(),
        v.level().levelName(), v.level().unit(), v.volume().lastVolume(),
        v.volume().lastPrice(), v.defaultVolume(), v.volume().planned(), v.volume().adjusted(),
        v.comment(), v.nextPrice(), v.nextAmount() == null ? null : v.nextAmount().value());
  }

  private static PoolDto pool(Basis basis, PoolRow p) {
    var a = basis.area(p.areaId());
    return new PoolDto(p.code(), p.name(), a == null ? null : a.code(), p.budget().value(),
        p.defaultBudget().value(), basis.result().lines().stream()
            .filter(l -> l.poolId() != null && l.poolId() == p.id())
            .map(l -> new PartDto(basis.org(l.orgId()) == null ? null
                : basis.org(l.orgId()).code(), l.keyValue(), l.amount().value())).toList());
  }

  private static String month(java.time.YearMonth m) {
    return m == null ? null : SwedishFormat.month(m);
  }
}
