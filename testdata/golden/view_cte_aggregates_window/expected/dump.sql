-- pgdrift catalog dump
CREATE SEQUENCE public.payments_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE TABLE public.payments (
    id bigint DEFAULT (nextval('public.payments_id_seq'::pg_catalog.regclass)) NOT NULL,
    account text NOT NULL,
    amount numeric(10,2) NOT NULL,
    paid_at timestamp with time zone NOT NULL,
    method text
);
ALTER TABLE public.payments ADD CONSTRAINT payments_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.payments_id_seq OWNED BY public.payments.id;
CREATE VIEW public.payment_methods (account, card_payments, unknown_method, tier, some_method, last_paid) AS SELECT payments.account AS account, count(*) FILTER (WHERE payments.method = 'card') AS card_payments, count(*) FILTER (WHERE payments.method IS NULL) AS unknown_method, CASE WHEN sum(payments.amount) > 1000 THEN 'big' WHEN sum(payments.amount) > 100 THEN 'medium' ELSE 'small' END AS tier, COALESCE(max(payments.method), 'n/a')::varchar(20) AS some_method, max(payments.paid_at)::pg_catalog.date AS last_paid FROM public.payments GROUP BY payments.account;
CREATE VIEW public.payment_stats (account, month, total, rank_in_month, running) AS WITH monthly AS (SELECT payments.account AS account, date_trunc('month', payments.paid_at) AS month, sum(payments.amount) AS total FROM public.payments GROUP BY payments.account, date_trunc('month', payments.paid_at)) SELECT monthly.account AS account, monthly.month AS month, monthly.total AS total, rank() OVER (PARTITION BY monthly.month ORDER BY monthly.total DESC) AS rank_in_month, sum(monthly.total) OVER (PARTITION BY monthly.account ORDER BY monthly.month ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running FROM monthly;
