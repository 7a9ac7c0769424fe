package id.simak.article;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A {@code seeds/*.txt} file already imported, with the hash of what was imported and the article it became. */
@Entity
@Table(name = "seed_file")
public class SeedFile extends PanacheEntityBase {

    @Id
    @Column(length = 255)
    public String name;

    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    /** Null once a teacher deleted the article: it is then not imported again. */
    @Column(name = "article_id")
    public Long articleId;

    @Column(name = "imported_at", nullable = false)
    public Instant importedAt;
}
