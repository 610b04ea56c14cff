package se.tjanstekatalog.platform.tenancy;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The current municipality's database: {@code @Inject @TenantDatabase DataSource dataSource}.
 * Produced by {@link Tenancy}; each {@code getConnection()} is the current municipality's, so
 * a pooled bean that keeps the data source in a field still reaches the right database.
 */
@Qualifier
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, TYPE})
public @interface TenantDatabase {}
