/**
 * Running the portal: start-up (migrations, demo data), the data source, health, REST
 * application set-up and error mapping. Capabilities do not depend on this package.
 */
package se.tjanstekatalog.platform;
