/**
 * The register of IT's customers: förvaltningar and bolag ({@code OrgUnit}) with their cost
 * centre and motpart, and their monthly key values (headcount, FTE, turnover) that solidarisk
 * fördelning shares pools by. ADMIN maintains orgs, IT_CONTROLLER the key values, everyone
 * reads.
 */
package se.tjanstekatalog.organisation;
