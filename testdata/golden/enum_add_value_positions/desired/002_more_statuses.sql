alter type order_status add value 'cancelled';
ALTER TYPE order_status ADD VALUE 'draft' BEFORE 'pending';
alter type order_status add value if not exists 'refunded' after 'shipped';
alter type order_status add value if not exists 'paid';     -- exists: no-op
alter type public.order_status add value 'on hold' after 'paid';
