package se.tjanstekatalog.accounting.domain;

import se.tjanstekatalog.shared.Amount;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A SIE 4 file's content: header facts, the names of accounts, dimensions and objects that may
 * be used, and the vouchers. The writer emits #KONTO, #DIM and #OBJEKT only for what the
 * vouchers use.
 */
public record SieDocument(String program, String programVersion, LocalDate generated,
    String generatedBy, String companyName, int fiscalYear, Map<String, String> accountNames,
    Map<Integer, String> dimensionNames, Map<ObjectRef, String> objectNames,
    List<Voucher> vouchers) {

  public SieDocument {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(generated, "generated");
    accountNames = Map.copyOf(accountNames);
    dimensionNames = Map.copyOf(dimensionNames);
    objectNames = Map.copyOf(objectNames);
    vouchers = List.copyOf(vouchers);
  }

  /** An object (e.g. a cost centre) in a dimension. */
  public record ObjectRef(int dimension, String code) {
    public ObjectRef {
      Objects.requireNonNull(code, "code");
    }
  }

  /** One #TRANS: debit positive, credit negative, in kronor. */
  public record Trans(String account, List<ObjectRef> objects, Amount amount) {
    public Trans {
      Objects.requireNonNull(account, "account");
      Objects.requireNonNull(amount, "amount");
      objects = List.copyOf(objects);
    }
  }

  /** One #VER; it must balance to exactly 0,00. */
  public record Voucher(String series, LocalDate date, String text, List<Trans> transactions) {
    public Voucher {
      transactions = List.copyOf(transactions);
      Amount sum = transactions.stream().map(Trans::amount).reduce(Amount.ZERO, Amount::plus);
      if (sum.signum() != 0) {
        throw new IllegalArgumentException("Voucher '" + text + "' does not balance: " + sum);
      }
    }
  }
}
