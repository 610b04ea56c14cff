package se.tjanstekatalog.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A remark made while a proposal is prepared (beredning). */
@Entity
@Table(name = "proposal_comment")
public class ProposalComment implements Serializable {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "proposal_id", nullable = false)
  private ChangeProposal proposal;

  @Column(name = "author", nullable = false, length = 60)
  private String author;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "text", nullable = false, length = 4000)
  private String text;

  protected ProposalComment() {}

  ProposalComment(ChangeProposal proposal, String author, Instant createdAt, String text) {
    this.proposal = proposal;
    this.author = author;
    this.createdAt = createdAt;
    this.text = text;
  }

  public Long getId() {
    return id;
  }

  public String getAuthor() {
    return author;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getText() {
    return text;
  }
}
