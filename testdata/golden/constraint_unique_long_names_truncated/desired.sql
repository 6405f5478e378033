-- Implicit names longer than 63 bytes are truncated by PostgreSQL (table and column parts are
-- shortened, then the suffix is appended).
create table customer_subscription_billing_history_entries (
    id bigserial primary key,
    external_payment_provider_transaction_identifier text unique,
    customer_account_identifier_for_reconciliation int,
    billing_period_start_date_inclusive date,
    check (billing_period_start_date_inclusive > '2000-01-01'),
    unique (customer_account_identifier_for_reconciliation, billing_period_start_date_inclusive)
);
create index on customer_subscription_billing_history_entries (customer_account_identifier_for_reconciliation, billing_period_start_date_inclusive);

-- multi-byte characters: truncation must not split a character
create table "überlange_tabellenbezeichnung_für_größenprüfungen_äöü" (
    "spalte_mit_sehr_langem_namen_äöüß" int unique
);
