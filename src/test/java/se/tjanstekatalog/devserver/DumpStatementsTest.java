package se.tjanstekatalog.devserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DumpStatementsTest {

  private static List<DumpStatements.Statement> split(String dump) throws IOException {
    List<DumpStatements.Statement> out = new ArrayList<>();
    DumpStatements.forEach(new BufferedReader(new StringReader(dump)), out::add);
    return out;
  }

  @Test
  void statementsEndWithTheLineThatEndsWithTheDelimiter() throws IOException {
    List<DumpStatements.Statement> s = split("""
        -- MariaDB dump
        /*!40101 SET NAMES utf8mb4 */;

        CREATE TABLE `t` (
          `id` bigint NOT NULL,
          `note` varchar(20)
        ) ENGINE=InnoDB;
        INSERT INTO `t` VALUES (1,'a;\\nb'),(2,'c');
        """);
    assertEquals(3, s.size());
    assertEquals("/*!40101 SET NAMES utf8mb4 */", s.get(0).sql());
    assertEquals(2, s.get(0).line());
    assertTrue(s.get(1).sql().startsWith("CREATE TABLE `t` (\n") && s.get(1).sql().endsWith(
        ") ENGINE=InnoDB"), s.get(1).sql());
    assertEquals(4, s.get(1).line());
    assertEquals("INSERT INTO `t` VALUES (1,'a;\\nb'),(2,'c')", s.get(2).sql());
  }

  @Test
  void aTriggerBetweenDelimiterLinesIsOneStatement() throws IOException {
    List<DumpStatements.Statement> s = split("""
        DELIMITER ;;
        /*!50003 CREATE*/ /*!50003 TRIGGER guard BEFORE INSERT ON t FOR EACH ROW BEGIN
          IF NEW.id < 0 THEN
            SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'no';
          END IF;
        END */;;
        DELIMITER ;
        UNLOCK TABLES;
        """);
    assertEquals(2, s.size());
    assertTrue(s.get(0).sql().startsWith("/*!50003 CREATE*/")
        && s.get(0).sql().endsWith("END */"), s.get(0).sql());
    assertTrue(s.get(0).sql().contains("MESSAGE_TEXT = 'no';\n  END IF;"), s.get(0).sql());
    assertEquals("UNLOCK TABLES", s.get(1).sql());
  }

  @Test
  void definersAreLeftOutSoTheRestoringUserOwnsTheTriggers() {
    assertEquals("/*!50003 CREATE*/ /*!50003 TRIGGER t BEFORE INSERT ON x FOR EACH ROW SET @a = 1 */",
        DumpStatements.withoutDefiner("/*!50003 CREATE*/ /*!50017 DEFINER=``*/ /*!50003 TRIGGER t"
            + " BEFORE INSERT ON x FOR EACH ROW SET @a = 1 */"));
    assertEquals("/*!50003 CREATE*/ /*!50003 TRIGGER t BEFORE UPDATE ON x FOR EACH ROW SET @a = 1 */",
        DumpStatements.withoutDefiner("/*!50003 CREATE*/ /*!50017 DEFINER=`tk`@`%`*/ /*!50003"
            + " TRIGGER t BEFORE UPDATE ON x FOR EACH ROW SET @a = 1 */"));
    assertEquals("CREATE PROCEDURE p() SELECT 1",
        DumpStatements.withoutDefiner("CREATE DEFINER=`root`@`localhost` PROCEDURE p() SELECT 1"));
    assertEquals("INSERT INTO t VALUES ('DEFINER=`x`')",
        DumpStatements.withoutDefiner("INSERT INTO t VALUES ('DEFINER=`x`')"));
    // a view as mariadb-dump 10.11 writes it, with the embedded server's empty definer
    assertEquals("/*!50001 CREATE ALGORITHM=UNDEFINED SQL SECURITY DEFINER VIEW `v` AS select 1"
        + " AS `a` */", DumpStatements.withoutDefiner("/*!50001 CREATE ALGORITHM=UNDEFINED"
        + " DEFINER=`` SQL SECURITY DEFINER VIEW `v` AS select 1 AS `a` */"));
    assertEquals("/*!50001 CREATE ALGORITHM=MERGE SQL SECURITY INVOKER VIEW `v` AS select 1 */",
        DumpStatements.withoutDefiner("/*!50001 CREATE ALGORITHM=MERGE DEFINER=`tk`@`%` SQL"
        + " SECURITY INVOKER VIEW `v` AS select 1 */"));
  }

  @Test
  void aDumpThatStopsInsideAStatementIsRefused() {
    IOException e = assertThrows(IOException.class,
        () -> split("CREATE TABLE `t` (\n  `id` bigint NOT NULL\n"));
    assertTrue(e.getMessage().contains("line 1"), e.getMessage());
  }
}
