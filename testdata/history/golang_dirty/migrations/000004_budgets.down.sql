drop table budgets;
