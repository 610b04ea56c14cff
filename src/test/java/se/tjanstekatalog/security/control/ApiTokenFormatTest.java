package se.tjanstekatalog.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ApiTokenFormatTest {
  @Test
  void aTokenIsTkAnd43UrlSafeCharactersAndNeverTheSameTwice() {
    String a = ApiTokenService.newSecret();
    String b = ApiTokenService.newSecret();
    assertTrue(a.matches("tk_[A-Za-z0-9_-]{43}"), a);
    assertNotEquals(a, b);
  }

  @Test
  void theStoredHashIsSha256InLowerCaseHex() {
    // The SHA-256 test vector of "abc" (FIPS 180-2).
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        ApiTokenService.sha256Hex("abc"));
  }
}
