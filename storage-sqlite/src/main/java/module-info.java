/** The SQLite store: one local file in WAL mode. */
module io.runledger.storage.sqlite {
    requires io.runledger.storage.sql;
    requires org.xerial.sqlitejdbc;
    requires org.hibernate.orm.community.dialects;

}
